using TechMarket.Server.Modules.Notifications;

namespace TechMarket.IntegrationTests.Infrastructure;

/// <summary>A user's stored notices over HTTP, every page of them: a demo user that is party to the contracts of many
/// tests has more than one page.</summary>
public static class NoticeList
{
    public static async Task<List<NoticeMessage>> AllAsync(HttpClient client)
    {
        var all = new List<NoticeMessage>();
        while (true)
        {
            var page = await client.GetJsonAsync<NoticePage>($"/api/notifications?after={(all.Count == 0 ? 0 : all[^1].Sequence)}&limit={NoticeFeed.MaxPage}");
            all.AddRange(page.Items);
            if (page.Items.Count < NoticeFeed.MaxPage)
            {
                return all;
            }
        }
    }
}
