using Microsoft.Extensions.Logging.Abstractions;
using PropertyCloud.Archives.Api.Domain.Search;
using PropertyCloud.Archives.Api.Infrastructure.Search;

namespace PropertyCloud.Archives.UnitTests;

public sealed class SearchTextTests
{
    [Fact]
    public void Normalise_TurnsKangxiRadicalsFromPdfFontsIntoTheCharactersPeopleType()
    {
        Assert.Equal("屋面防水", DocumentSearchEntry.Normalise("屋⾯防⽔"));
    }

    [Fact]
    public void JoinCjk_RemovesSpacesBetweenChineseCharactersOnly()
    {
        Assert.Equal("消防通道 Fire exit", TextExtractor.JoinCjk("消 防 通 道 Fire exit"));
    }

    [Fact]
    public void Extract_FromAFileThatIsNotReallyAPdf_YieldsNoTextInsteadOfFailing()
    {
        var garbage = new byte[2048];
        "%PDF-1.7\n"u8.CopyTo(garbage);

        Assert.Equal("", TextExtractor.Extract(new MemoryStream(garbage), "application/pdf", NullLogger.Instance));
    }

    [Fact]
    public void Extract_FromAnImage_YieldsNoText()
    {
        Assert.Equal("", TextExtractor.Extract(new MemoryStream([0xFF, 0xD8, 0xFF]), "image/jpeg", NullLogger.Instance));
    }
}
