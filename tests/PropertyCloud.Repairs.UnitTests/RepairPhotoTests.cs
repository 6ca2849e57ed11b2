using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.Repairs.Api.Domain;

namespace PropertyCloud.Repairs.UnitTests;

public sealed class RepairPhotoTests
{
    [Fact]
    public void Take_AJpeg_KnowsItsTypeSizeAndHash()
    {
        byte[] jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 1, 2];

        var photo = RepairPhoto.Take(Guid.NewGuid(), PhotoStage.Intake, jpeg, "业主", Orders.Monday9);

        Assert.Equal(("image/jpeg", 6, 64), (photo.ContentType, photo.Size, photo.Sha256.Length));
    }

    [Fact]
    public void Take_AnExecutableCalledPng_IsRefused()
    {
        var ex = Assert.Throws<DomainException>(() => RepairPhoto.Take(Guid.NewGuid(), PhotoStage.Intake, "MZ\x90\0"u8.ToArray(), "业主", Orders.Monday9));

        Assert.Equal("photo.content_type", ex.Code);
    }
}
