using PropertyCloud.Archives.Api.Domain.Documents;
using PropertyCloud.Archives.Api.Domain.Engineering;
using PropertyCloud.Archives.Api.Domain.Files;
using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.Archives.UnitTests;

public sealed class EngineeringTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 11, 26);
    private static readonly int[] Thresholds = [7, 30];

    [Fact]
    public void Reminders_AsExpiryNears_GoOutOncePerThreshold()
    {
        var certificate = CertificateExpiringOn(Today.AddDays(40));

        Assert.Null(certificate.TakeDueReminder(Today, Thresholds));
        Assert.Equal(30, certificate.TakeDueReminder(Today.AddDays(10), Thresholds));
        Assert.Null(certificate.TakeDueReminder(Today.AddDays(11), Thresholds));
        Assert.Equal(7, certificate.TakeDueReminder(Today.AddDays(33), Thresholds));
        Assert.Null(certificate.TakeDueReminder(Today.AddDays(39), Thresholds));
        Assert.Equal([7, 30], certificate.RemindedDays);
    }

    [Fact]
    public void Reminder_ForACertificateRecordedInsideBothThresholds_IsTheNearestOnly()
    {
        var certificate = CertificateExpiringOn(Today.AddDays(5));

        Assert.Equal(7, certificate.TakeDueReminder(Today, Thresholds));
        Assert.Null(certificate.TakeDueReminder(Today.AddDays(1), Thresholds));
    }

    [Fact]
    public void Reminder_AfterExpiry_IsNotRaised()
    {
        var certificate = CertificateExpiringOn(Today.AddDays(-1));

        Assert.Null(certificate.TakeDueReminder(Today, Thresholds));
        Assert.Empty(certificate.RemindedDays);
    }

    [Fact]
    public void RecordCertificate_ExpiringBeforeItsIssue_IsRefusedNamingExpiresOn()
    {
        var refused = Assert.Throws<DomainException>(() => Lift().RecordCertificate("TS-1", "检测院", Today, Today.AddDays(-1), "clerk", Now));

        Assert.Equal("expiresOn", refused.Field);
    }

    [Fact]
    public void LogMaintenance_ForAFutureDay_IsRefused()
    {
        var refused = Assert.Throws<DomainException>(() => Lift().LogMaintenance(Today.AddDays(1), "保养", "张工", "clerk", Now));

        Assert.Equal("performedOn", refused.Field);
    }

    [Theory]
    [InlineData(DocumentCategory.HandoverRecord, ConfidentialityLevel.C)]
    [InlineData(DocumentCategory.Drawing, ConfidentialityLevel.B)]
    [InlineData(DocumentCategory.MoveInForm, ConfidentialityLevel.C)]
    public void FileDocument_MadePublicUnlessALevelCDrawing_IsRefused(DocumentCategory category, ConfidentialityLevel level)
    {
        var file = ArchiveFile.Open(Guid.NewGuid(), ArchiveFileKind.Engineering, "GC-1", "竣工图", null, "clerk", Now);

        var refused = Assert.Throws<DomainException>(() => ArchiveDocument.File(file,
            new DocumentDetails("图纸", category, level, null, null, Public: true), Content(), "clerk", Now));

        Assert.Equal("public", refused.Field);
    }

    [Fact]
    public void FileDocument_PublicLevelCDrawing_IsPublicAndKeptForTheBuildingsLife()
    {
        var file = ArchiveFile.Open(Guid.NewGuid(), ArchiveFileKind.Engineering, "GC-1", "竣工图", null, "clerk", Now);

        var drawing = ArchiveDocument.File(file, new DocumentDetails("总平面图", DocumentCategory.Drawing, ConfidentialityLevel.C, null, null, Public: true),
            Content(), "clerk", Now);

        Assert.True(drawing.IsPublic);
        Assert.Equal(RetentionPeriods.MaxYears, drawing.RetentionYears);
    }

    [Theory]
    [InlineData(ArchiveFileKind.Staff, null)]
    [InlineData(ArchiveFileKind.Engineering, "staff-1")]
    public void OpenFile_WithAStaffIdOnTheWrongKind_IsRefusedNamingStaffId(ArchiveFileKind kind, string? staffId)
    {
        var refused = Assert.Throws<DomainException>(() => ArchiveFile.Open(Guid.NewGuid(), kind, "RS-1", "档案", staffId, "clerk", Now));

        Assert.Equal("staffId", refused.Field);
    }

    private static Equipment Lift() => Equipment.Register(Guid.NewGuid(), Guid.NewGuid(), "DT-1", "1号电梯", "3栋", null, Now);

    private static InspectionCertificate CertificateExpiringOn(DateOnly expiresOn) =>
        Lift().RecordCertificate("TS-1", "检测院", expiresOn.AddYears(-1), expiresOn, "clerk", Now);

    private static StoredContent Content() => new(new string('a', 64), 10, "a.pdf", "application/pdf");
}
