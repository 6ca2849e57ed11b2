using PropertyCloud.Archives.Api.Domain;
using PropertyCloud.Archives.Api.Domain.Documents;

namespace PropertyCloud.Archives.UnitTests;

public sealed class PreviousOwnerReviewTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void KeepForPreviousOwnerUntil_ShortensALongerRetentionSoTheDocumentFallsDue()
    {
        var document = Document(originalFiledAt: null);

        document.KeepForPreviousOwnerUntil(Now.AddYears(3));

        Assert.Equal(Now.AddYears(3), document.RetainUntil);
        Assert.False(document.IsDueForDestruction(Now.AddYears(3).AddDays(-1)));
        Assert.True(document.IsDueForDestruction(Now.AddYears(3)));
    }

    [Fact]
    public void KeepForPreviousOwnerUntil_NeverLengthensARetentionEndingSooner()
    {
        var document = Document(originalFiledAt: Now.AddYears(-29));
        var retainUntil = document.RetainUntil;

        document.KeepForPreviousOwnerUntil(Now.AddYears(3));

        Assert.Equal(retainUntil, document.RetainUntil);
    }

    [Fact]
    public void File_WithTheOriginalsDateInChinaTime_KeepsItsRetentionInUtcForTheDatabase()
    {
        var filedInBeijing = new DateTimeOffset(2020, 5, 1, 9, 0, 0, TimeSpan.FromHours(8));

        var document = Document(originalFiledAt: filedInBeijing);

        Assert.Equal(TimeSpan.Zero, document.RetainUntil.Offset);
        Assert.Equal(filedInBeijing.UtcDateTime.AddYears(document.RetentionYears), document.RetainUntil.UtcDateTime);
    }

    private static ArchiveDocument Document(DateTimeOffset? originalFiledAt)
    {
        var file = CustomerFile.OpenForUnit(Guid.NewGuid(), Guid.NewGuid(), "1栋", "2", 8, "802", Now);
        return ArchiveDocument.File(file, new DocumentDetails("购房合同", DocumentCategory.Contract, ConfidentialityLevel.B, null, null, originalFiledAt),
            new StoredContent(new string('a', 64), 10, "a.pdf", "application/pdf"), "clerk", Now);
    }
}
