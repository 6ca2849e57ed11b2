namespace PropertyCloud.BuildingBlocks.SpreadsheetImports;

/// <summary>The two kinds of file an import accepts.</summary>
public enum SpreadsheetKind
{
    Csv,
    Xlsx,
}
