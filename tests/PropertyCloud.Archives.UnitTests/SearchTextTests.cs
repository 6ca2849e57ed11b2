using Microsoft.Extensions.Logging.Abstractions;
using PropertyCloud.Archives.Api.Domain;
using PropertyCloud.Archives.Api.Domain.Documents;
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

    [Fact]
    public void TryExtract_FromABrokenWordFile_SaysWhyInsteadOfFailing()
    {
        var (text, failure) = TextExtractor.TryExtract(new MemoryStream([0x50, 0x4B, 0x03, 0x04, 0x00]),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

        Assert.Equal("", text);
        Assert.False(string.IsNullOrEmpty(failure));
    }

    [Theory]
    [InlineData("image/jpeg", false)]
    [InlineData("application/msword", false)]
    [InlineData("application/pdf", true)]
    public void Reads_OnlyPdfAndOfficeOpenXml(string contentType, bool reads)
    {
        Assert.Equal(reads, TextExtractor.Reads(contentType));
    }

    [Fact]
    public void RecordExtractionFailed_MarksTheEntryTriedWithTheReasonCapped()
    {
        var entry = DocumentSearchEntry.For(Document(), "入伙资料", "", Tried);
        var later = Tried.AddHours(1);

        entry.RecordExtractionFailed(new string('x', 2 * DocumentSearchEntry.MaxFailureLength), later);

        Assert.Equal(later, entry.TextExtractedAt);
        Assert.Equal(DocumentSearchEntry.MaxFailureLength, entry.ExtractionFailure!.Length);
    }

    [Fact]
    public void Update_AfterAFailure_ClearsItAndKeepsTheText()
    {
        var entry = DocumentSearchEntry.For(Document(), "入伙资料", "", Tried);
        entry.RecordExtractionFailed("content failed verification", Tried);

        entry.Update(Document(), "入伙资料", "排水泵更换记录", Tried.AddDays(1));

        Assert.Null(entry.ExtractionFailure);
        Assert.True(entry.HasContentText);
        Assert.Contains("排水泵", entry.SearchText, StringComparison.Ordinal);
    }

    private static readonly DateTimeOffset Tried = new(2026, 11, 27, 1, 0, 0, TimeSpan.Zero);

    private static ArchiveDocument Document()
    {
        var file = CustomerFile.OpenForUnit(Guid.NewGuid(), Guid.NewGuid(), "3栋", "1", 15, "1502", Tried);
        return ArchiveDocument.File(file, new DocumentDetails("入伙登记表", DocumentCategory.MoveInForm, ConfidentialityLevel.B, null, null),
            new StoredContent(new string('a', 64), 10, "入伙表.pdf", "application/pdf"), "archivist", Tried);
    }
}
