using System.Text;
using ProvisionMap.Web.Export;

namespace ProvisionMap.Web.Shortlist;

/// <summary>Writes a shortlist as plain text to paste into an email.</summary>
public static class ShortlistText
{
    public static string Write(IReadOnlyList<ShortlistItemViewModel> items, DateTime? dataLoadedAtUtc)
    {
        var text = new StringBuilder();
        text.Append("Shortlist of Virtual School provision from ProvisionMap");
        text.AppendLine(dataLoadedAtUtc is null ? "." : $" (data loaded {dataLoadedAtUtc.Value:d MMMM yyyy}).");
        for (var index = 0; index < items.Count; index++)
        {
            var provision = items[index].Provision;
            text.AppendLine();
            text.AppendLine($"{index + 1}. {provision.Service}");
            Line(text, "Virtual school", string.Join(", ", provision.VirtualSchools.Select(school => school.Name)));
            Line(text, "Focus areas", string.Join(", ", provision.FocusAreas.Select(focus => focus.Name)));
            Line(text, "Provided for", provision.ProvidedFor);
            Line(text, "Level of provision", provision.LevelOfProvision);
            Line(text, "Provided by", provision.ProvidedBy);
            Line(text, "Contact", Contact(provision.Contact));
            foreach (var contact in items[index].SchoolContacts)
            {
                Line(text, $"Contact for {contact.School}", contact.Email);
            }
        }

        return text.ToString();
    }

    public static string Contact(ContactDocument contact) => contact.Email switch
    {
        null => contact.Text,
        { } email when contact.Name is not null => $"{contact.Name} <{email}>",
        { } email => email,
    };

    private static void Line(StringBuilder text, string label, string value)
    {
        if (value.Length > 0)
        {
            text.AppendLine($"   {label}: {value}");
        }
    }
}
