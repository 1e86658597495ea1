namespace TechMarket.IntegrationTests.Infrastructure;

/// <summary>Base for tests against the shared host: sign-in and the demo accounts at hand.</summary>
[Collection(ApiCollection.Name)]
public abstract class ApiTest(TechMarketHost host)
{
    private static SignIn? _signIn;

    protected TechMarketHost Host { get; } = host;

    protected SignIn SignIn => _signIn ??= new SignIn(Host);

    protected Task<HttpClient> AsAsync(string email) => SignIn.AsAsync(email);

    public static class Demo
    {
        public const string CityBureau = "bureau@techmarket.demo";
        public const string ZhenhaiBureau = "bureau.zhenhai@techmarket.demo";
        public const string HaishuBureau = "bureau.haishu@techmarket.demo";

        /// <summary>甬江新材料, an approved enterprise in 镇海区 (330211).</summary>
        public const string Enterprise = "enterprise@techmarket.demo";

        /// <summary>海曙智能装备, an approved enterprise in 海曙区 (330203).</summary>
        public const string OtherEnterprise = "enterprise.haishu@techmarket.demo";

        public const string PendingEnterprise = "enterprise.pending@techmarket.demo";
        public const string University = "university@techmarket.demo";
        public const string Expert = "expert@techmarket.demo";
        public const string Broker = "broker@techmarket.demo";
        public const string Admin = "admin@techmarket.demo";
    }
}
