namespace PropertyCloud.Residents.Api.Domain.People;

public enum Gender
{
    Unspecified,
    Male,
    Female,
}
