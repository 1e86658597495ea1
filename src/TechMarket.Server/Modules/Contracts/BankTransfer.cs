namespace TechMarket.Server.Modules.Contracts;

/// <summary>A bank transfer as the payer reports it: the bank's reference, the receipt, the day it was paid.</summary>
public sealed record BankTransfer(string Reference, ContractFileRef Receipt, DateOnly PaidOn);
