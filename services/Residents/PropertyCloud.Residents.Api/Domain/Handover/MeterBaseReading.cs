using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.Residents.Api.Domain.Handover;

/// <summary>A meter's reading when the unit was handed over (交房底数): the first bill counts from it, so it is recorded once.</summary>
public sealed class MeterBaseReading
{
    public Guid Id { get; private set; }
    public Guid EstateId { get; private set; }
    public Guid UnitId { get; private set; }
    public MeterKind Meter { get; private set; }
    public decimal Reading { get; private set; }
    public DateOnly ReadOn { get; private set; }
    public string RecordedBy { get; private set; } = "";

    private MeterBaseReading() { }

    /// <summary><paramref name="alreadyRecorded"/>: the unit already has a base reading for this meter.</summary>
    public static MeterBaseReading Record(Unit unit, MeterKind meter, decimal reading, DateOnly readOn, string staffName, bool alreadyRecorded)
    {
        if (alreadyRecorded)
        {
            throw new ConflictException("meter.base_reading_exists",
                new("该房间此类表具的交房底数已登记", "This unit already has a hand-over reading for this meter"), "meter");
        }
        if (reading < 0)
        {
            throw new DomainException("meter.negative_reading", new("读数不能为负数", "A reading cannot be negative"), "reading");
        }
        return new MeterBaseReading
        {
            Id = Guid.CreateVersion7(), EstateId = unit.EstateId, UnitId = unit.Id, Meter = meter, Reading = reading, ReadOn = readOn, RecordedBy = staffName,
        };
    }
}
