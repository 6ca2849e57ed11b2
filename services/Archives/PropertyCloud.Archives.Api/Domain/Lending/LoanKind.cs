namespace PropertyCloud.Archives.Api.Domain.Lending;

/// <summary>Reading (借阅) lends the item for a time; copying (复印) has copies made and registered, nothing goes out.</summary>
public enum LoanKind
{
    Reading,
    Copying,
}
