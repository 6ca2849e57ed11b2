namespace PropertyCloud.Residents.Api.Domain;

/// <summary>A building (楼栋) of an estate.</summary>
public sealed class Building
{
    public Guid Id { get; private set; }
    public Guid EstateId { get; private set; }

    /// <summary>Code as shown on site, unique within the estate, e.g. "3栋".</summary>
    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string Type { get; private set; } = "";
    public int Floors { get; private set; }
    public int Entrances { get; private set; }
    public DateOnly? ConstructionStartedOn { get; private set; }
    public DateOnly? CompletedOn { get; private set; }

    private Building() { }

    public static Building Register(Guid estateId, BuildingDetails details) =>
        new Building { Id = Guid.CreateVersion7(), EstateId = estateId }.With(details);

    public void Update(BuildingDetails details) => With(details);

    private Building With(BuildingDetails details)
    {
        Code = details.Code;
        Name = details.Name;
        Type = details.Type;
        Floors = details.Floors;
        Entrances = details.Entrances;
        ConstructionStartedOn = details.ConstructionStartedOn;
        CompletedOn = details.CompletedOn;
        return this;
    }
}
