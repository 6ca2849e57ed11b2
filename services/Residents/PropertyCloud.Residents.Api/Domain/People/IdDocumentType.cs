namespace PropertyCloud.Residents.Api.Domain.People;

/// <summary>The identity document an owner registered with.</summary>
public enum IdDocumentType
{
    /// <summary>居民身份证, 18 characters with a checksum.</summary>
    ResidentIdCard,
    Passport,

    /// <summary>港澳台居民来往内地通行证.</summary>
    TravelPermit,

    /// <summary>营业执照 / 统一社会信用代码 of a company owner.</summary>
    BusinessLicence,
    Other,
}
