using PropertyCloud.BuildingBlocks.Api;

namespace PropertyCloud.BuildingBlocks.Tests.Api;

public sealed class PageRequestTests
{
    [Theory]
    [InlineData(null, null, 1, 50, 0)]
    [InlineData(3, 20, 3, 20, 40)]
    [InlineData(0, 0, 1, 1, 0)]
    [InlineData(-5, 100_000, 1, PageRequest.MaxPageSize, 0)]
    public void Paging_WhenAskedForAPage_ClampsToSaneBounds(int? page, int? size, int number, int expectedSize, int skip)
    {
        var request = new PageRequest(page, size);

        Assert.Equal((number, expectedSize, skip), (request.Number, request.Size, request.Skip));
    }

    [Fact]
    public void Skip_WhenThePageIsHuge_StaysPositiveInsteadOfWrapping()
    {
        var request = new PageRequest(int.MaxValue, PageRequest.MaxPageSize);

        Assert.Equal(int.MaxValue, request.Skip);
    }
}
