namespace PropertyCloud.Residents.Api.Domain.Imports;

/// <summary>One reason a row was refused: its line in the file (the header is line 1), the column and the message.</summary>
public sealed record ImportError(int Line, string Column, string Message);
