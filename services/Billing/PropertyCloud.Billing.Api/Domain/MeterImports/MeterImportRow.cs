namespace PropertyCloud.Billing.Api.Domain.MeterImports;

/// <summary>What became of one line of an imported meter sheet: recorded, already there, or refused and why.</summary>
public sealed class MeterImportRow
{
    public Guid MeterImportJobId { get; private set; }

    /// <summary>The line in the file (a heading row, if any, is line 1).</summary>
    public int Line { get; private set; }
    public string Unit { get; private set; } = "";
    public MeterKind? Meter { get; private set; }
    public decimal? Reading { get; private set; }
    public MeterImportOutcome Outcome { get; private set; }
    public Guid? ReadingId { get; private set; }
    public string? Code { get; private set; }
    public string? Message { get; private set; }
    public string? Field { get; private set; }

    private MeterImportRow() { }

    public static MeterImportRow Recorded(Guid jobId, MeterSheetLine line, MeterReading reading, bool alreadyThere) => new()
    {
        MeterImportJobId = jobId, Line = line.Line, Unit = Clip(line.Unit, 200), Meter = reading.Meter, Reading = reading.Reading,
        Outcome = alreadyThere ? MeterImportOutcome.AlreadyRecorded : MeterImportOutcome.Recorded, ReadingId = reading.Id,
    };

    public static MeterImportRow Refused(Guid jobId, MeterSheetLine line, string code, string message, string? field) => new()
    {
        MeterImportJobId = jobId, Line = line.Line, Unit = Clip(line.Unit, 200), Meter = line.Meter, Reading = line.Reading,
        Outcome = MeterImportOutcome.Refused, Code = code, Message = Clip(message, 500), Field = field,
    };

    private static string Clip(string text, int length) => text.Length > length ? text[..length] : text;
}
