namespace PropertyCloud.Archives.Api.Apis;

/// <summary>One estate's archive in figures, for group-level users: counts only, nothing about any resident.</summary>
public sealed record EstateArchiveFigures(
    Guid EstateId, int CustomerFiles, int Documents, int LevelA, int LevelB, int LevelC, int LoansOut, int LoansOverdue,
    int DueForDestruction, int OpenMissingItems);
