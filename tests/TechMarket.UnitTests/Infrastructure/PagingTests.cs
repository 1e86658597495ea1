using TechMarket.Server.Infrastructure.Http;

namespace TechMarket.UnitTests.Infrastructure;

public class PagingTests
{
    [Theory]
    [InlineData(null, null)]
    [InlineData(1, 1)]
    [InlineData(Paging.MaxPage, Paging.MaxPageSize)]
    public void Pages_within_bounds_are_served(int? page, int? pageSize) => Paging.Problem(page, pageSize).ShouldBeNull();

    [Theory]
    [InlineData(0, null, "page")]
    [InlineData(-1, null, "page")]
    [InlineData(Paging.MaxPage + 1, null, "page")]
    [InlineData(int.MaxValue, 20, "page")]
    [InlineData(null, 0, "pageSize")]
    [InlineData(null, Paging.MaxPageSize + 1, "pageSize")]
    [InlineData(null, int.MaxValue, "pageSize")]
    public void Pages_out_of_bounds_are_refused_by_name(int? page, int? pageSize, string field) =>
        Paging.Problem(page, pageSize).ShouldNotBeNull().ProblemDetails.Errors.Keys.ShouldBe([field]);

    [Fact]
    public void The_deepest_page_still_has_an_offset_that_fits_an_int() =>
        ((long)(Paging.MaxPage - 1) * Paging.MaxPageSize).ShouldBeLessThan(int.MaxValue);
}
