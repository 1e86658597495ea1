using FluentValidation.Results;

namespace TechMarket.Server.Modules.Needs.Import;

/// <summary>
/// What the import says about a bad cell. Each message is one fixed sentence — no names, numbers or positions spliced
/// in (the row and column already say where) — because the web app shows server messages in the reader's language by
/// their exact text (<c>serverMessages</c> in web/src/shared/i18n), as it does the validators' field messages.
/// </summary>
public static class RowMessages
{
    public const string NotAnAmountMin = "Not an amount: write it in yuan, e.g. 500000.";
    public const string NotAnAmountMax = "Not an amount: write it in yuan, e.g. 1200000.";
    public const string NotADate = "Not a date: write it as 2027-06-30.";
    public const string Required = "Required: this column must not be empty.";
    public const string CreditCodeRequired = "Required: the posting organisation's 统一社会信用代码.";
    public const string CreditCodeInvalid = "Not a valid 统一社会信用代码 (18 characters, the last a check character).";
    public const string ControlCharacterInLongText = "Contains a control character or broken Unicode; only line breaks and tabs are allowed.";
    public const string ControlCharacterInLine = "Contains a line break, tab or other control character (or broken Unicode); this column is one line of text.";
    public const string UnknownPoster = "No registered organisation has this 统一社会信用代码.";
    public const string NotAPoster = "This organisation cannot post needs: only enterprises, institutes and hospitals post needs.";
    public const string NotApproved = "This organisation's registration has not been approved.";
    public const string Suspended = "This organisation is suspended by its bureau; it posts no needs until it is reinstated.";
    public const string OtherDistrict = "This organisation is in another district; a district round collects needs of its own district only.";

    /// <summary>A validator's complaint in the import's words where FluentValidation's default would splice in the
    /// property's name or the length typed; the need's own messages are fixed sentences already.</summary>
    public static string Of(ValidationFailure failure) => failure.ErrorCode switch
    {
        "NotEmptyValidator" => Required,
        "MaximumLengthValidator" when failure.FormattedMessagePlaceholderValues?.GetValueOrDefault("MaxLength") is int max => AtMost(max),
        _ => failure.ErrorMessage,
    };

    /// <summary>The length rule of the long optional texts (保密内容 10000, 技术指标 5000).</summary>
    public static string AtMost(int characters) => $"Too long: at most {characters} characters.";
}
