using Microsoft.AspNetCore.Mvc.Testing;

namespace TechMarket.IntegrationTests.Infrastructure;

/// <summary>
/// The tests' in-process servers. Disposing one stops its host a second time when the first stop met JasperFx.Events
/// 2.100's projection coordinator with its leadership loop's token source already disposed (seen once in CI, as a second
/// node was disposed: <c>ObjectDisposedException</c> in <c>ProjectionCoordinatorBase.stopRunnerAsync</c>). That stop
/// throws before the host is disposed; the second finds the loop gone and disposes the host, its connections and its index.
/// </summary>
public abstract class ServerFactory : WebApplicationFactory<Program>
{
    public override async ValueTask DisposeAsync()
    {
        try
        {
            await base.DisposeAsync();
        }
        catch (ObjectDisposedException e) when (e.StackTrace?.Contains("ProjectionCoordinatorBase", StringComparison.Ordinal) == true)
        {
            await base.DisposeAsync();
        }
    }
}
