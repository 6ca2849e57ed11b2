using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyCloud.Archives.Api.Domain.Documents;
using PropertyCloud.Archives.Api.Domain.Lending;

namespace PropertyCloud.Archives.Api.Infrastructure.EntityConfigurations;

internal sealed class LoanConfiguration : IEntityTypeConfiguration<Loan>
{
    public void Configure(EntityTypeBuilder<Loan> loan)
    {
        loan.HasKey(l => l.Id);
        loan.Property(l => l.Level).HasConversion<string>().HasMaxLength(1);
        loan.Property(l => l.Status).HasConversion<string>().HasMaxLength(20);
        loan.Property(l => l.Purpose).HasMaxLength(500);
        loan.Property(l => l.Kind).HasConversion<string>().HasMaxLength(16);
        loan.Property(l => l.Medium).HasConversion<string>().HasMaxLength(16);
        loan.Property(l => l.RequestedFor).HasConversion<string>().HasMaxLength(16);
        loan.Property(l => l.CopiesRegisteredBy).HasMaxLength(100);
        loan.Property(l => l.WarrantNumber).HasMaxLength(100);
        loan.Property(l => l.WarrantAuthority).HasMaxLength(200);
        loan.Property(l => l.WarrantVerifiedBy).HasMaxLength(100);
        loan.Property(l => l.BorrowerId).HasMaxLength(100);
        loan.Property(l => l.BorrowerName).HasMaxLength(100);
        loan.Property(l => l.ApprovedBy).HasMaxLength(100);
        loan.Property(l => l.ReturnCheckedBy).HasMaxLength(100);
        loan.Property(l => l.ReturnNote).HasMaxLength(500);
        // Two approvals racing on one request: the second fails on the row version instead of publishing twice.
        loan.Property<uint>("Version").IsRowVersion();
        loan.HasOne<ArchiveDocument>().WithMany().HasForeignKey(l => l.DocumentId);
        loan.HasIndex(l => new { l.EstateId, l.Status });
        loan.HasIndex(l => new { l.DocumentId, l.BorrowerId });
    }
}
