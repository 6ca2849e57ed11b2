using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyCloud.Repairs.Api.Domain;

namespace PropertyCloud.Repairs.Api.Infrastructure.EntityConfigurations;

internal sealed class BusinessCalendarConfiguration : IEntityTypeConfiguration<BusinessCalendar>
{
    public void Configure(EntityTypeBuilder<BusinessCalendar> calendar)
    {
        calendar.HasKey(c => c.EstateId);
        calendar.Property(c => c.EstateId).ValueGeneratedNever();
    }
}
