using PropertyCloud.Archives.Api.Domain.Documents;
using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.Archives.UnitTests;

public sealed class DocumentFormatTests
{
    private static readonly byte[] PdfHeader = "%PDF-1.7"u8.ToArray();
    private static readonly byte[] ZipHeader = [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00];

    [Theory]
    [InlineData("合同.PDF", "application/pdf")]
    [InlineData("合同.pdf", "application/pdf; charset=binary")]
    public void Recognise_PdfWithMatchingTypeAndHeader_IsPdf(string fileName, string contentType) =>
        Assert.Equal("PDF", DocumentFormats.Recognise(fileName, contentType, PdfHeader).Name);

    [Fact]
    public void Recognise_DocxSentAsOctetStream_IsWord() =>
        Assert.Equal("Word", DocumentFormats.Recognise("函件.docx", "application/octet-stream", ZipHeader).Name);

    [Theory]
    [InlineData("virus.exe", "application/pdf", "document.type_not_accepted")]
    [InlineData("noextension", "application/pdf", "document.type_not_accepted")]
    [InlineData("合同.pdf", "image/png", "document.content_type_mismatch")]
    [InlineData("合同.pdf", null, "document.content_type_mismatch")]
    [InlineData("合同.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "document.content_mismatch")]
    public void Recognise_WhenNameTypeOrContentDisagree_RefusesNamingTheFile(string fileName, string? contentType, string code)
    {
        var refused = Assert.Throws<DomainException>(() => DocumentFormats.Recognise(fileName, contentType, PdfHeader));

        Assert.Equal(code, refused.Code);
        Assert.Equal("file", refused.Field);
    }

    [Fact]
    public void Recognise_EmptyFile_IsRefused() =>
        Assert.Equal("document.content_mismatch",
            Assert.Throws<DomainException>(() => DocumentFormats.Recognise("a.pdf", "application/pdf", [])).Code);

    [Theory]
    [InlineData("KH-03-2-15", true)]
    [InlineData("客户-03-2-15", true)]
    [InlineData("KH-03-2", false)]
    [InlineData("KH-03-2-15-1", false)]
    [InlineData("KH 03-2-15", false)]
    public void IndexNumber_IsCategoryCabinetShelfBox(string value, bool valid) => Assert.Equal(valid, IndexNumber.IsValid(value));

    [Fact]
    public void RetentionPeriods_GiveEveryCategoryADefault() =>
        Assert.All(Enum.GetValues<DocumentCategory>(), c => Assert.InRange(RetentionPeriods.DefaultYears(c), 1, RetentionPeriods.MaxYears));
}
