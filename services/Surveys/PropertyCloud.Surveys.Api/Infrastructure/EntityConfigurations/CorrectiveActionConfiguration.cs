using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyCloud.Surveys.Api.Domain.Actions;

namespace PropertyCloud.Surveys.Api.Infrastructure.EntityConfigurations;

internal sealed class CorrectiveActionConfiguration : IEntityTypeConfiguration<CorrectiveAction>
{
    public void Configure(EntityTypeBuilder<CorrectiveAction> action)
    {
        action.HasKey(a => a.Id);
        action.Property(a => a.Id).ValueGeneratedNever();
        action.Property(a => a.CategoryCode).HasMaxLength(64);
        action.Property(a => a.ItemCode).HasMaxLength(64);
        action.Property(a => a.Finding).HasMaxLength(1000);
        action.Property(a => a.Title).HasMaxLength(200);
        action.Property(a => a.Status).HasConversion<string>().HasMaxLength(16);
        // xmin: two verifications of one action racing end in one verification and one 409.
        action.Property<uint>("Version").IsRowVersion();
        action.HasIndex(a => new { a.EstateId, a.Status });
        action.HasIndex(a => a.Deadline).HasFilter("status = 'Open' AND overdue_at IS NULL");
        action.OwnsMany(a => a.Verifications, visits => visits.ToJson());
    }
}
