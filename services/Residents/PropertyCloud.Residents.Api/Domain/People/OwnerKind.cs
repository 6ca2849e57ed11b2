namespace PropertyCloud.Residents.Api.Domain.People;

/// <summary>An owner is a natural person or a company (企业业主).</summary>
public enum OwnerKind
{
    Person,
    Company,
}
