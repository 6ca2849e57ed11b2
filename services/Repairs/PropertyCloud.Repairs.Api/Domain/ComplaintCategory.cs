namespace PropertyCloud.Repairs.Api.Domain;

/// <summary>What a complaint is about (篇8 classification).</summary>
public enum ComplaintCategory
{
    ServiceAttitude,
    RepairQuality,
    Security,
    Cleaning,
    Greening,
    Charges,
    Noise,
    Parking,
    Other,
}
