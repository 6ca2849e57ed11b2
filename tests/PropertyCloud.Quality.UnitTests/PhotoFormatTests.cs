using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.Quality.Api.Domain.Rules;

namespace PropertyCloud.Quality.UnitTests;

public sealed class PhotoFormatTests
{
    [Theory]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xDB, 1 }, "image/jpeg")]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1 }, "image/png")]
    [InlineData(new byte[] { 0x52, 0x49, 0x46, 0x46, 9, 0, 0, 0, 0x57, 0x45, 0x42, 0x50, 1 }, "image/webp")]
    [InlineData(new byte[] { 0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70, 0x68, 0x65, 0x69, 0x63, 0 }, "image/heic")]
    [InlineData(new byte[] { 0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70, 0x6D, 0x69, 0x66, 0x31, 0 }, "image/heic")]
    public void Check_OfAnImage_GivesTheTypeItsBytesShow(byte[] content, string expected)
    {
        Assert.Equal(expected, PhotoMustBeAnImage.Check(content));
    }

    [Theory]
    [InlineData(new byte[] { 0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70, 0x69, 0x73, 0x6F, 0x6D, 0 })] // an MP4 video (isom)
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D })] // %PDF-
    [InlineData(new byte[] { 0x52, 0x49, 0x46, 0x46, 9, 0, 0, 0, 0x57, 0x41, 0x56, 0x45 })] // RIFF WAVE audio
    public void Check_OfSomethingElse_IsRefusedNamingThePhoto(byte[] content)
    {
        var refused = Assert.Throws<DomainException>(() => PhotoMustBeAnImage.Check(content));

        Assert.Equal(("photo.content_type", "photo"), (refused.Code, refused.Field));
    }

    [Fact]
    public void Check_OfAnEmptyOrOversizedPhoto_IsRefusedForItsSize()
    {
        var oversized = new byte[PhotoMustBeAnImage.MaxBytes + 1];
        oversized[0] = 0xFF;
        oversized[1] = 0xD8;
        oversized[2] = 0xFF;

        Assert.Equal("photo.size", Assert.Throws<DomainException>(() => PhotoMustBeAnImage.Check([])).Code);
        Assert.Equal("photo.size", Assert.Throws<DomainException>(() => PhotoMustBeAnImage.Check(oversized)).Code);
    }
}
