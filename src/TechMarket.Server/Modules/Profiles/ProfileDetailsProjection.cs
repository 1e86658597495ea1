namespace TechMarket.Server.Modules.Profiles;

/// <summary>The read model's one fold, which Marten runs inline with the profile's events.</summary>
public static class ProfileDetailsProjection
{
    public static ProfileDetails? Evolve(ProfileDetails? details, ProfileEvent e)
    {
        if (e is not ProfileSaved saved)
        {
            return details;
        }

        details ??= new ProfileDetails { Id = saved.ProfileId, OrganisationId = saved.OrganisationId, Kind = saved.Kind };
        details.OrganisationName = saved.OrganisationName;
        details.District = saved.District;
        details.Content = saved.Content;
        details.UpdatedAt = saved.At;
        return details;
    }
}
