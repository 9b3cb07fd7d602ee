namespace CopyLint.Core.Syntax;

public enum BylineKind
{
    None,
    /// <summary>"By Jane Doe", "BY SEO JI-EUN, HAN JEE-HYE [email]", "Jane Doe, Reuters".</summary>
    Personal,
    /// <summary>A name line with a role: "Lee Hyo-jin, Staff Reporter", "Kim Arin (arin@heraldcorp.com)".</summary>
    NameAndRole,
    /// <summary>A wire or desk credit: "— The Associated Press", "From staff reports", "Reuter".</summary>
    WireCredit,
    /// <summary>An end trailer naming reporters: "Reporting by X; Editing by Y".</summary>
    ReportingTrailer,
}
