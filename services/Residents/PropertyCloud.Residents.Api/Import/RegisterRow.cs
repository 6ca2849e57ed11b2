namespace PropertyCloud.Residents.Api.Import;

/// <summary>One data row of a register file with its line number (the header is line 1).</summary>
public sealed class RegisterRow(int line, IReadOnlyDictionary<string, string> values)
{
    public int Line { get; } = line;

    public string this[RegisterColumn column] => values.TryGetValue(column.Key, out var value) ? value : "";

    public bool Has(RegisterColumn column) => this[column].Length > 0;
}
