using System.Net;
using TechMarket.IntegrationTests.Infrastructure;
using TechMarket.Server.Modules.Organisations;
using static TechMarket.IntegrationTests.Needs.NeedRequests;

namespace TechMarket.IntegrationTests.Organisations;

public sealed class RegistrationTests(TechMarketHost host) : ApiTest(host)
{
    private static int _sequence;

    [Fact]
    public async Task A_new_enterprise_registers_waits_for_its_district_bureau_and_then_posts_needs()
    {
        using var anonymous = Host.CreateBrowser(Host.NextAddress());
        var registration = NewRegistration("330203");
        var created = await anonymous.PostAsync("/api/organisations/registrations", registration);
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = (await created.ShouldBeOkAsync<RegistrationReceipt>()).Id.ToString();

        var newcomer = await SignIn.AsAsync((string)registration["email"]!, (string)registration["password"]!);
        (await newcomer.GetJsonAsync<Organisation>("/api/organisations/mine")).Status.ShouldBe(OrganisationStatus.Pending);
        await (await newcomer.PostAsync("/api/needs", Content(Marker()))).ShouldBeProblemAsync(HttpStatusCode.Conflict, "organisation-not-approved");

        var zhenhai = await AsAsync(Demo.ZhenhaiBureau);
        (await zhenhai.GetJsonAsync<List<Organisation>>("/api/organisations/pending")).Select(o => o.Id.ToString()).ShouldNotContain(id);
        await (await zhenhai.PostAsync($"/api/organisations/{id}/approve")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "outside-jurisdiction");

        var haishu = await AsAsync(Demo.HaishuBureau);
        (await haishu.GetJsonAsync<List<Organisation>>("/api/organisations/pending")).Select(o => o.Id.ToString()).ShouldContain(id);
        await (await haishu.PostAsync($"/api/organisations/{id}/approve")).ShouldBeOkAsync();
        await (await haishu.PostAsync($"/api/organisations/{id}/approve")).ShouldBeProblemAsync(HttpStatusCode.Conflict, "already-decided");

        (await newcomer.GetJsonAsync<Organisation>("/api/organisations/mine")).Status.ShouldBe(OrganisationStatus.Approved);
        await (await newcomer.PostAsync("/api/needs", Content(Marker()))).ShouldBeOkAsync();
    }

    [Fact]
    public async Task A_bureau_officer_rejects_a_registration_with_a_reason()
    {
        using var anonymous = Host.CreateBrowser(Host.NextAddress());
        var registration = NewRegistration("330211", OrganisationKind.University);
        var created = await anonymous.PostAsync("/api/organisations/registrations", registration);
        var id = (await created.ShouldBeOkAsync<RegistrationReceipt>()).Id.ToString();
        var bureau = await AsAsync(Demo.ZhenhaiBureau);

        await (await bureau.PostAsync($"/api/organisations/{id}/reject", new { reason = "" })).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await (await bureau.PostAsync($"/api/organisations/{id}/reject", new { reason = "营业执照信息与信用代码不符" })).ShouldBeOkAsync();

        var organisation = await bureau.GetJsonAsync<Organisation>($"/api/organisations/{id}");
        (organisation.Status, organisation.RejectionReason).ShouldBe((OrganisationStatus.Rejected, "营业执照信息与信用代码不符"));
        var own = await (await SignIn.AsAsync((string)registration["email"]!, (string)registration["password"]!)).GetJsonAsync<Organisation>($"/api/organisations/{id}");
        own.RejectionReason.ShouldBe("营业执照信息与信用代码不符");
        // A rejected registration never joined the platform: to anyone else it does not exist.
        await (await (await AsAsync(Demo.Broker)).GetAsync($"/api/organisations/{id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await (await AsAsync(Demo.HaishuBureau)).GetAsync($"/api/organisations/{id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("creditCode", "91330211MA2H4K7X1Z", "creditCode")]
    [InlineData("creditCode", "91330211MA2H4K7X1", "creditCode")]
    [InlineData("district", "110101", "district")]
    [InlineData("email", "not-an-email", "email")]
    [InlineData("password", "short", "password")]
    public async Task An_invalid_registration_is_a_400_naming_the_field(string field, string value, string reported)
    {
        using var anonymous = Host.CreateBrowser(Host.NextAddress());
        var registration = NewRegistration("330211");
        registration[field] = value;

        var problem = await (await anonymous.PostAsync("/api/organisations/registrations", registration)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem.FieldErrors().ShouldContain(reported);
    }

    [Fact]
    public async Task A_credit_code_or_email_registered_twice_is_a_409()
    {
        using var anonymous = Host.CreateBrowser(Host.NextAddress());
        var first = NewRegistration("330212");
        await (await anonymous.PostAsync("/api/organisations/registrations", first)).ShouldBeOkAsync();

        var sameCode = NewRegistration("330212");
        sameCode["creditCode"] = first["creditCode"];
        await (await anonymous.PostAsync("/api/organisations/registrations", sameCode)).ShouldBeProblemAsync(HttpStatusCode.Conflict, "duplicate-credit-code");

        var sameEmail = NewRegistration("330212");
        sameEmail["email"] = first["email"];
        await (await anonymous.PostAsync("/api/organisations/registrations", sameEmail)).ShouldBeProblemAsync(HttpStatusCode.Conflict, "duplicate-email");
    }

    [Fact]
    public async Task Simultaneous_registrations_of_one_credit_code_register_it_once_and_never_fail_with_a_500()
    {
        var first = NewRegistration("330282");
        var attempts = Enumerable.Range(0, 5).Select(_ =>
        {
            var attempt = NewRegistration("330282");
            attempt["creditCode"] = first["creditCode"];
            return attempt;
        }).ToList();

        var answers = await Task.WhenAll(attempts.Select(a => Host.CreateBrowser(Host.NextAddress()).PostAsync("/api/organisations/registrations", a)));

        answers.Count(a => a.StatusCode == HttpStatusCode.Created).ShouldBe(1);
        answers.Where(a => a.StatusCode != HttpStatusCode.Created).ShouldAllBe(a => a.StatusCode == HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Simultaneous_registrations_with_one_email_make_one_account_and_never_fail_with_a_500()
    {
        var email = $"newcomer-{Guid.NewGuid():N}@example.cn";
        var attempts = Enumerable.Range(0, 5).Select(_ =>
        {
            var attempt = NewRegistration("330282");
            attempt["email"] = email;
            return attempt;
        }).ToList();

        var answers = await Task.WhenAll(attempts.Select(a => Host.CreateBrowser(Host.NextAddress()).PostAsync("/api/organisations/registrations", a)));

        answers.Count(a => a.StatusCode == HttpStatusCode.Created).ShouldBe(1);
        answers.Where(a => a.StatusCode != HttpStatusCode.Created).ShouldAllBe(a => a.StatusCode == HttpStatusCode.Conflict);
    }

    private static Dictionary<string, object?> NewRegistration(string district, OrganisationKind kind = OrganisationKind.Enterprise)
    {
        var n = Interlocked.Increment(ref _sequence);
        var first17 = $"9133{Random.Shared.Next(1000, 9999)}MA{Random.Shared.Next(10000, 99999)}{n % 10}{(n / 10) % 10}"[..17];
        return new Dictionary<string, object?>
        {
            ["name"] = $"宁波测试科技有限公司{n}{Guid.NewGuid():N}"[..20],
            ["kind"] = kind.ToString(),
            ["district"] = district,
            ["creditCode"] = CreditCode.Complete(first17),
            ["contactName"] = "测试联系人",
            ["email"] = $"newcomer-{Guid.NewGuid():N}@example.cn",
            ["password"] = "Str0ng-Passw0rd",
        };
    }
}
