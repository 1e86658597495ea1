namespace TechMarket.IntegrationTests.Infrastructure;

/// <summary>For what the server does after a command's answer (the daemon, the index feeder): read again until the
/// answer is as expected, or fail saying what did not happen.</summary>
public static class Poll
{
    public static async Task<T> UntilAsync<T>(Func<Task<T>> read, Func<T, bool> done, string what, TimeSpan? within = null)
    {
        var until = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            var answer = await read();
            if (done(answer))
            {
                return answer;
            }

            if (DateTime.UtcNow >= until)
            {
                throw new ShouldAssertException($"{what} did not happen within {(within ?? TimeSpan.FromSeconds(30)).TotalSeconds} seconds.");
            }

            await Task.Delay(100);
        }
    }
}
