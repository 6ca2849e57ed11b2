namespace PropertyCloud.BuildingBlocks.SpreadsheetImports;

/// <summary>One line an import refused: its line in the file, the column at fault (already in the reader's language) and why.</summary>
public sealed record ImportErrorLine(int Line, string Column, string Message);
