using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyCloud.Repairs.Api.Domain;

namespace PropertyCloud.Repairs.Api.Infrastructure.EntityConfigurations;

internal sealed class ComplaintConfiguration : IEntityTypeConfiguration<Complaint>
{
    public void Configure(EntityTypeBuilder<Complaint> complaint)
    {
        complaint.HasKey(c => c.Id);
        complaint.Property<uint>("Version").IsRowVersion();
        complaint.Property(c => c.Channel).HasConversion<string>().HasMaxLength(20);
        complaint.Property(c => c.Category).HasConversion<string>().HasMaxLength(30);
        complaint.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        complaint.Property(c => c.Description).HasMaxLength(2000);
        complaint.Property(c => c.ReceivedBy).HasMaxLength(100);
        complaint.Property(c => c.AssigneeId).HasMaxLength(100);
        complaint.Property(c => c.AssigneeName).HasMaxLength(100);
        complaint.Property(c => c.Response).HasMaxLength(2000);
        complaint.Property(c => c.CallBackNote).HasMaxLength(1000);
        complaint.Property(c => c.LessonsLearnt).HasMaxLength(2000);
        complaint.Property(c => c.ClosedBy).HasMaxLength(100);
        complaint.Property(c => c.ComplainantId).HasMaxLength(100);
        complaint.OwnsOne(c => c.Feedback, feedback =>
        {
            feedback.Property(f => f.Result).HasMaxLength(2000);
            feedback.Property(f => f.Opinion).HasConversion<string>().HasMaxLength(30);
        });
        complaint.HasIndex(c => new { c.EstateId, c.Status, c.ReceivedAt });
        complaint.HasIndex(c => new { c.EstateId, c.ComplainantId, c.ReceivedAt });
        complaint.Ignore(c => c.ReopenCount);
        complaint.OwnsMany(c => c.Reopenings, reopenings =>
        {
            reopenings.ToJson();
            reopenings.Property(r => r.FromStatus).HasConversion<string>();
        });
        complaint.Navigation(c => c.Reopenings).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
