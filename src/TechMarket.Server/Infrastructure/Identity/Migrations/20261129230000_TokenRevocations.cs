using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TechMarket.Server.Infrastructure.Identity.Migrations
{
    /// <summary>
    /// The revocation log every node follows (see TokenRevocations). PostgreSQL writes it itself, in the transaction
    /// that revokes, whoever revokes: OpenIddict revoking a token chain on refresh-token reuse, an account locked
    /// or disabled or given a new security stamp (all its authorizations and tokens are revoked), a deleted account,
    /// a suspended organisation (all its accounts, same), a logout (the session).
    /// </summary>
    [DbContext(typeof(AppDbContext))]
    [Migration("20261129230000_TokenRevocations")]
    public partial class TokenRevocations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                create table identity.revocations (
                    id bigint generated always as identity primary key,
                    kind text not null check (kind in ('authorization', 'session', 'organisation-suspended', 'organisation-reinstated')),
                    subject text not null,
                    recorded_at timestamptz not null default clock_timestamp());
                create unique index ux_revocations_once on identity.revocations (kind, subject) where kind in ('authorization', 'session');
                create index ix_revocations_recorded_at on identity.revocations (recorded_at);
                create index ix_openiddict_tokens_subject on identity."OpenIddictTokens" ("Subject");
                create index ix_openiddict_authorizations_subject on identity."OpenIddictAuthorizations" ("Subject");

                create function identity.record_revocation(revoked_kind text, revoked_subject text) returns void language sql as $$
                    insert into identity.revocations (kind, subject) values (revoked_kind, revoked_subject)
                    on conflict (kind, subject) where kind in ('authorization', 'session') do nothing $$;

                -- A new concurrency token makes a concurrent EF update of the same row fail instead of undoing this.
                create function identity.revoke_subject(revoked_subject text) returns void language sql as $$
                    update identity."OpenIddictAuthorizations" set "Status" = 'revoked', "ConcurrencyToken" = gen_random_uuid()::text
                     where "Subject" = revoked_subject and "Status" = 'valid';
                    update identity."OpenIddictTokens" set "Status" = 'revoked', "ConcurrencyToken" = gen_random_uuid()::text
                     where "Subject" = revoked_subject and "Status" in ('valid', 'inactive') $$;

                create function identity.on_token_revoked() returns trigger language plpgsql as $$
                begin
                    perform identity.record_revocation('authorization', new."AuthorizationId");
                    return null;
                end $$;
                create trigger tokens_revoked after update on identity."OpenIddictTokens" for each row
                    when (new."Status" = 'revoked' and old."Status" is distinct from 'revoked' and new."AuthorizationId" is not null)
                    execute function identity.on_token_revoked();

                create function identity.on_authorization_ended() returns trigger language plpgsql as $$
                begin
                    perform identity.record_revocation('authorization', old."Id");
                    return null;
                end $$;
                create trigger authorizations_revoked after update on identity."OpenIddictAuthorizations" for each row
                    when (old."Status" = 'valid' and new."Status" is distinct from 'valid')
                    execute function identity.on_authorization_ended();
                create trigger authorizations_deleted after delete on identity."OpenIddictAuthorizations" for each row
                    when (old."Status" = 'valid')
                    execute function identity.on_authorization_ended();

                create function identity.on_account_ended() returns trigger language plpgsql as $$
                begin
                    perform identity.revoke_subject(old."Id"::text);
                    return null;
                end $$;
                create trigger accounts_locked after update on identity."AspNetUsers" for each row
                    when ((new."LockoutEnabled" and new."LockoutEnd" > now() and new."LockoutEnd" is distinct from old."LockoutEnd")
                          or new."SecurityStamp" is distinct from old."SecurityStamp")
                    execute function identity.on_account_ended();
                create trigger accounts_deleted after delete on identity."AspNetUsers" for each row
                    execute function identity.on_account_ended();

                create function identity.suspend_organisation(organisation uuid) returns void language plpgsql as $$
                begin
                    insert into identity.revocations (kind, subject) values ('organisation-suspended', organisation::text);
                    perform identity.revoke_subject(account."Id"::text)
                       from identity."AspNetUsers" account where account."OrganisationId" = organisation;
                end $$;
                create function identity.reinstate_organisation(organisation uuid) returns void language sql as $$
                    insert into identity.revocations (kind, subject) values ('organisation-reinstated', organisation::text) $$;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                drop trigger tokens_revoked on identity."OpenIddictTokens";
                drop trigger authorizations_revoked on identity."OpenIddictAuthorizations";
                drop trigger authorizations_deleted on identity."OpenIddictAuthorizations";
                drop trigger accounts_locked on identity."AspNetUsers";
                drop trigger accounts_deleted on identity."AspNetUsers";
                drop function identity.suspend_organisation(uuid);
                drop function identity.reinstate_organisation(uuid);
                drop function identity.on_account_ended();
                drop function identity.on_authorization_ended();
                drop function identity.on_token_revoked();
                drop function identity.revoke_subject(text);
                drop function identity.record_revocation(text, text);
                drop index identity.ix_openiddict_tokens_subject;
                drop index identity.ix_openiddict_authorizations_subject;
                drop table identity.revocations;
                """);
        }
    }
}
