namespace PropertyCloud.Archives.Api.Domain;

/// <summary>Where a customer file stands in its life cycle.</summary>
public enum CustomerFileStatus
{
    Open,
    Closed,
}
