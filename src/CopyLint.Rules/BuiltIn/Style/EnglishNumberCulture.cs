using System.Globalization;

namespace CopyLint.Rules.BuiltIn.Style;

/// <summary>
/// The invariant culture under the name "en": Humanizer picks its number-word converters by culture name, and the
/// build runs in invariant-globalization mode, where named cultures cannot be created.
/// </summary>
internal sealed class EnglishNumberCulture : CultureInfo
{
    public static readonly EnglishNumberCulture Instance = new();

    private EnglishNumberCulture() : base("") { }

    public override string Name => "en";
    public override string TwoLetterISOLanguageName => "en";
    public override CultureInfo Parent => InvariantCulture;
}
