using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyCloud.Residents.Api.Domain;
using PropertyCloud.Residents.Api.Domain.People;
using PropertyCloud.Residents.Api.Infrastructure.Security;

namespace PropertyCloud.Residents.Api.Infrastructure.EntityConfigurations;

/// <summary>The small tables around an owner: members, emergency contacts, contact persons, tenancies, the audit and the lookup key.</summary>
internal sealed class PeopleConfiguration :
    IEntityTypeConfiguration<HouseholdMember>, IEntityTypeConfiguration<EmergencyContact>, IEntityTypeConfiguration<Tenancy>,
    IEntityTypeConfiguration<CompanyContactPerson>,
    IEntityTypeConfiguration<PersonalDataDisclosure>, IEntityTypeConfiguration<LookupKey>
{
    public void Configure(EntityTypeBuilder<HouseholdMember> member)
    {
        member.HasKey(m => m.Id);
        member.Property(m => m.Name).HasMaxLength(100);
        member.Property(m => m.Relationship).HasMaxLength(30);
        member.Property(m => m.Phone).HasMaxLength(20);
        member.Property(m => m.Gender).HasConversion<string>().HasMaxLength(20);
        member.HasOne<Owner>().WithMany().HasForeignKey(m => m.OwnerId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<EmergencyContact> contact)
    {
        contact.HasKey(c => c.Id);
        contact.Property(c => c.Name).HasMaxLength(100);
        contact.Property(c => c.Relationship).HasMaxLength(30);
        contact.Property(c => c.Phone).HasMaxLength(20);
        contact.HasOne<Owner>().WithMany().HasForeignKey(c => c.OwnerId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<CompanyContactPerson> contact)
    {
        contact.ToTable("company_contact_persons");
        contact.HasKey(c => c.Id);
        contact.Ignore(c => c.IsCurrent);
        contact.Property(c => c.Name).HasMaxLength(100);
        contact.Property(c => c.Position).HasMaxLength(50);
        contact.Property(c => c.Phone).HasMaxLength(20);
        contact.HasOne<Owner>().WithMany().HasForeignKey(c => c.OwnerId).OnDelete(DeleteBehavior.Restrict);
        contact.HasOne<CompanyContactPerson>().WithMany().HasForeignKey(c => c.PreviousId).OnDelete(DeleteBehavior.Restrict);
        contact.HasIndex(c => c.OwnerId);
    }

    public void Configure(EntityTypeBuilder<Tenancy> tenancy)
    {
        tenancy.HasKey(t => t.Id);
        tenancy.Ignore(t => t.IsCurrent);
        tenancy.Property(t => t.TenantName).HasMaxLength(100);
        tenancy.Property(t => t.Phone).HasMaxLength(20);
        tenancy.Property(t => t.UserId).HasMaxLength(100);
        tenancy.HasOne<Unit>().WithMany().HasForeignKey(t => t.UnitId).OnDelete(DeleteBehavior.Restrict);
        tenancy.HasIndex(t => t.UnitId);
        tenancy.HasIndex(t => new { t.EstateId, t.UserId });
    }

    public void Configure(EntityTypeBuilder<PersonalDataDisclosure> disclosure)
    {
        disclosure.ToTable("personal_data_disclosures");
        disclosure.HasKey(d => d.Id);
        disclosure.Property(d => d.ViewerId).HasMaxLength(100);
        disclosure.Property(d => d.ViewerName).HasMaxLength(100);
        disclosure.Property(d => d.ViewerRoles).HasMaxLength(200);
        disclosure.Property(d => d.SubjectKind).HasMaxLength(30);
        disclosure.Property(d => d.Reason).HasMaxLength(500);
        disclosure.HasIndex(d => new { d.EstateId, d.DisclosedAt });
    }

    public void Configure(EntityTypeBuilder<LookupKey> key)
    {
        key.HasKey(k => k.Name);
        key.Property(k => k.Name).HasMaxLength(50);
    }
}
