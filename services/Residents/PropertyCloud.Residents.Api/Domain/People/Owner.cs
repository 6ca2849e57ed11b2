namespace PropertyCloud.Residents.Api.Domain.People;

/// <summary>An owner (业主) of one or more units of an estate; personal data is masked when shown to staff.</summary>
public sealed class Owner
{
    public Guid Id { get; private set; }
    public Guid EstateId { get; private set; }
    public OwnerKind Kind { get; private set; }
    public string Name { get; private set; } = "";
    public Gender Gender { get; private set; }
    public string Phone { get; private set; } = "";
    public IdDocumentType IdDocumentType { get; private set; }

    /// <summary>The ID number encrypted with ASP.NET Core Data Protection; never stored in plain text.</summary>
    public string IdNumberCipher { get; private set; } = "";

    /// <summary>Keyed hash (HMAC-SHA256) of the normalised ID number, for exact lookup without decrypting.</summary>
    public string IdNumberHash { get; private set; } = "";
    public string IdNumberMasked { get; private set; } = "";
    public string NativePlace { get; private set; } = "";
    public string Address { get; private set; } = "";
    public DateOnly? MovedInOn { get; private set; }

    /// <summary>The Identity user (token subject) of the owner's own account, linked by staff.</summary>
    public string? UserId { get; private set; }
    public DateTimeOffset RegisteredAt { get; private set; }

    /// <summary>Maintained by the database (name and phone) for trigram search.</summary>
    public string SearchText { get; private set; } = "";

    private Owner() { }

    public static Owner Register(Guid estateId, OwnerDetails details, ProtectedIdNumber idNumber, DateTimeOffset now) =>
        new Owner { Id = Guid.CreateVersion7(), EstateId = estateId, RegisteredAt = now }.With(details, idNumber);

    /// <summary>Staff correct the owner's particulars (修改权: on the owner's request or from documents).</summary>
    public void Correct(OwnerDetails details, ProtectedIdNumber idNumber) => With(details, idNumber);

    /// <summary>The owner keeps their own phone number up to date (self-service).</summary>
    public void ChangePhone(string phone) => Phone = phone.Trim();

    /// <summary>Applies an approved correction request (修改权) to the field it names; the ID number goes through <see cref="CorrectIdNumber"/>.</summary>
    public void ApplyCorrection(CorrectableField field, string value)
    {
        switch (field)
        {
            case CorrectableField.Name:
                Name = value.Trim();
                break;
            case CorrectableField.Gender:
                Gender = Enum.Parse<Gender>(value);
                break;
            case CorrectableField.NativePlace:
                NativePlace = value.Trim();
                break;
            case CorrectableField.Address:
                Address = value.Trim();
                break;
            case CorrectableField.MovedInOn:
                MovedInOn = DateOnly.ParseExact(value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(field), field, "Not applied as a plain value");
        }
    }

    public void CorrectIdNumber(ProtectedIdNumber idNumber)
    {
        IdNumberCipher = idNumber.Cipher;
        IdNumberHash = idNumber.LookupHash;
        IdNumberMasked = idNumber.Masked;
    }

    /// <summary>Links the owner's own login so that they can read their record (self-service).</summary>
    public void LinkAccount(string userId) => UserId = userId;

    private Owner With(OwnerDetails details, ProtectedIdNumber idNumber)
    {
        Kind = details.Kind;
        Name = details.Name.Trim();
        Gender = details.Gender;
        Phone = details.Phone.Trim();
        IdDocumentType = details.IdDocumentType;
        IdNumberCipher = idNumber.Cipher;
        IdNumberHash = idNumber.LookupHash;
        IdNumberMasked = idNumber.Masked;
        NativePlace = details.NativePlace;
        Address = details.Address;
        MovedInOn = details.MovedInOn;
        return this;
    }
}
