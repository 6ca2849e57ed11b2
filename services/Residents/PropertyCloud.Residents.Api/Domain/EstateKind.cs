namespace PropertyCloud.Residents.Api.Domain;

/// <summary>住宅小区 or 写字楼.</summary>
public enum EstateKind
{
    Residential,
    Office,
}
