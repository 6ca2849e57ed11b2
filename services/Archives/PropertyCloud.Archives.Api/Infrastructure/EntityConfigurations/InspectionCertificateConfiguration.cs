using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyCloud.Archives.Api.Domain.Engineering;

namespace PropertyCloud.Archives.Api.Infrastructure.EntityConfigurations;

internal sealed class InspectionCertificateConfiguration : IEntityTypeConfiguration<InspectionCertificate>
{
    public void Configure(EntityTypeBuilder<InspectionCertificate> certificate)
    {
        certificate.HasKey(c => c.Id);
        certificate.Property(c => c.Id).ValueGeneratedNever();
        certificate.Property(c => c.CertificateNumber).HasMaxLength(80);
        certificate.Property(c => c.Issuer).HasMaxLength(200);
        certificate.Property(c => c.RecordedBy).HasMaxLength(100);
        certificate.Property(c => c.RemindedDays).HasColumnType("integer[]");
        certificate.HasIndex(c => c.ExpiresOn);
        certificate.HasIndex(c => new { c.EstateId, c.ExpiresOn });
    }
}
