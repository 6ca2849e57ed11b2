using System.Runtime.CompilerServices;

namespace PropertyCloud.BuildingBlocks.Tests.SpreadsheetImports;

/// <summary>The sample files beside this source file: CSVs as Excel and editors save them, an XLSX as Excel writes it (shared strings, a date style).</summary>
internal static class Samples
{
    public static byte[] Read(string name) => File.ReadAllBytes(Path.Combine(Folder(), "Samples", name));

    private static string Folder([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
