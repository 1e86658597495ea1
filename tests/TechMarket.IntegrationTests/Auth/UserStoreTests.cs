using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using TechMarket.IntegrationTests.Infrastructure;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Identity;
using TechMarket.Server.Modules.Contracts;

namespace TechMarket.IntegrationTests.Auth;

/// <summary>What the accounts' store (plain Npgsql over identity."AspNetUsers") guarantees beyond a sign-in: an account
/// changed since it was read is not overwritten, its roles not changed and it is not deleted; failed attempts lock
/// it out; roles given and taken are what the next sign-in carries. The roles' store guards its rows the same way.</summary>
public sealed class UserStoreTests(TechMarketHost host) : ApiTest(host)
{
    [Fact]
    public async Task A_change_made_from_an_outdated_copy_of_an_account_is_refused_and_writes_nothing()
    {
        var email = await Accounts.AddUserAsync(Host, Roles.Expert);
        await using var one = Host.Services.CreateAsyncScope();
        await using var other = Host.Services.CreateAsyncScope();
        var users = one.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var otherUsers = other.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var current = (await users.FindByEmailAsync(email))!;
        var outdated = (await otherUsers.FindByEmailAsync(email))!;
        current.DisplayName = "新的名字";
        (await users.UpdateAsync(current)).Succeeded.ShouldBeTrue();

        outdated.DisplayName = "过时的名字";
        var update = await otherUsers.UpdateAsync(outdated);
        var role = await otherUsers.AddToRoleAsync(outdated, Roles.Broker);
        var delete = await otherUsers.DeleteAsync(outdated);

        foreach (var refused in new[] { update, role, delete })
        {
            refused.Errors.Single().Code.ShouldBe(nameof(IdentityErrorDescriber.ConcurrencyFailure));
        }

        await using var later = Host.Services.CreateAsyncScope();
        var reader = later.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var stored = (await reader.FindByEmailAsync(email)).ShouldNotBeNull();
        stored.DisplayName.ShouldBe("新的名字");
        (await reader.GetRolesAsync(stored)).ShouldBe([Roles.Expert]);
    }

    [Fact]
    public async Task An_account_whose_name_was_taken_after_the_user_manager_checked_it_is_refused_as_a_duplicate()
    {
        var email = await Accounts.AddUserAsync(Host, Roles.Expert);
        await using var scope = Host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var taken = (await users.FindByEmailAsync(email))!;
        var late = new AppUser
        {
            Id = Guid.CreateVersion7(), UserName = email, NormalizedUserName = taken.NormalizedUserName, Email = email,
            NormalizedEmail = taken.NormalizedEmail, DisplayName = "晚到的注册",
        };

        // What the user manager does once its own uniqueness check has passed: the store's insert.
        var created = await scope.ServiceProvider.GetRequiredService<IUserStore<AppUser>>().CreateAsync(late, CancellationToken.None);

        created.Errors.Single().Code.ShouldBe(nameof(IdentityErrorDescriber.DuplicateUserName));
        (await users.FindByIdAsync(late.Id.ToString())).ShouldBeNull();
    }

    [Fact]
    public async Task Too_many_failed_attempts_lock_the_account_out_and_the_login_page_refuses_it()
    {
        var email = await Accounts.AddUserAsync(Host, Roles.Expert);
        await using (var scope = Host.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = (await users.FindByEmailAsync(email))!;
            for (var attempt = 1; attempt < users.Options.Lockout.MaxFailedAccessAttempts; attempt++)
            {
                (await users.AccessFailedAsync(user)).Succeeded.ShouldBeTrue();
            }

            (await users.IsLockedOutAsync(user)).ShouldBeFalse();
            (await users.AccessFailedAsync(user)).Succeeded.ShouldBeTrue();
        }

        await using (var scope = Host.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var stored = (await users.FindByEmailAsync(email))!;
            (await users.IsLockedOutAsync(stored)).ShouldBeTrue();
            (await users.GetAccessFailedCountAsync(stored)).ShouldBe(0);
        }

        using var browser = Host.CreateBrowser(Host.NextAddress());
        var authorize = await browser.GetAsync(SignIn.AuthorizeUrl(Pkce.New().Challenge));
        var login = await SignIn.SubmitLoginAsync(browser, SignIn.PathOf(authorize.Headers.Location!), email, Accounts.Password);
        login.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await login.Content.ReadAsStringAsync()).ShouldContain(SignInEligibility.Disabled);
    }

    [Fact]
    public async Task A_role_given_and_one_taken_are_what_the_next_sign_in_and_the_broker_list_show()
    {
        var email = await Accounts.AddUserAsync(Host, Roles.Broker);
        using var enterprise = await AsAsync(Demo.Enterprise);
        Guid id;
        await using (var scope = Host.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = (await users.FindByEmailAsync(email))!;
            id = user.Id;
            (await enterprise.GetJsonAsync<List<ContractBroker>>("/api/brokers")).ShouldContain(broker => broker.UserId == id);
            (await users.AddToRoleAsync(user, Roles.Expert)).Succeeded.ShouldBeTrue();
            (await users.RemoveFromRoleAsync(user, Roles.Broker)).Succeeded.ShouldBeTrue();
        }

        using var expert = Host.CreateApiClient(await SignIn.AccessTokenAsync(email, Accounts.Password));

        (await expert.GetAsync("/api/reviews/mine")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await expert.GetAsync("/api/brokers/me/ledger")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await enterprise.GetJsonAsync<List<ContractBroker>>("/api/brokers")).ShouldNotContain(broker => broker.UserId == id);
    }

    [Fact]
    public async Task A_role_changed_since_it_was_read_is_neither_renamed_nor_deleted_from_the_outdated_copy()
    {
        var name = $"trial-{Guid.NewGuid():N}";
        await using var one = Host.Services.CreateAsyncScope();
        await using var other = Host.Services.CreateAsyncScope();
        var roles = one.ServiceProvider.GetRequiredService<RoleManager<IdentityRole<Guid>>>();
        var otherRoles = other.ServiceProvider.GetRequiredService<RoleManager<IdentityRole<Guid>>>();
        (await roles.CreateAsync(new IdentityRole<Guid>(name))).Succeeded.ShouldBeTrue();
        var current = (await roles.FindByNameAsync(name))!;
        var outdated = (await otherRoles.FindByNameAsync(name))!;
        current.Name = $"{name}-renamed";
        (await roles.UpdateAsync(current)).Succeeded.ShouldBeTrue();

        outdated.Name = $"{name}-outdated";
        (await otherRoles.UpdateAsync(outdated)).Errors.Single().Code.ShouldBe(nameof(IdentityErrorDescriber.ConcurrencyFailure));
        (await otherRoles.DeleteAsync(outdated)).Errors.Single().Code.ShouldBe(nameof(IdentityErrorDescriber.ConcurrencyFailure));
        (await otherRoles.FindByNameAsync($"{name}-renamed")).ShouldNotBeNull().Id.ShouldBe(current.Id);

        (await roles.DeleteAsync(current)).Succeeded.ShouldBeTrue();
        (await otherRoles.FindByIdAsync(current.Id.ToString())).ShouldBeNull();
    }
}
