namespace PropertyCloud.Surveys.Api.Domain.Households;

/// <summary>The replica of a Residents estate: its name and the company whose figures it rolls up into.</summary>
public sealed class SurveyEstate
{
    private SurveyEstate()
    {
        Code = "";
        Name = "";
        Company = "";
    }

    public Guid EstateId { get; private set; }
    public string Code { get; private set; }
    public string Name { get; private set; }
    public string Company { get; private set; }

    public static SurveyEstate Register(Guid estateId, string code, string name, string company) =>
        new() { EstateId = estateId, Code = code, Name = name, Company = company };

    public void Rename(string code, string name, string company)
    {
        Code = code;
        Name = name;
        Company = company;
    }
}
