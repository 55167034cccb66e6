import type { ComponentProps, ReactNode } from "react";
import { ProfileCriteria } from "./profile-criteria";
import { ProfileExamples } from "./profile-examples";
import { ProfileMembers } from "./profile-members";
import { ProfilePartners } from "./profile-partners";
import { ProfilePeople } from "./profile-people";
import { ProfileQuotations } from "./profile-quotations";

type Props = ComponentProps<typeof ProfileCriteria> &
  ComponentProps<typeof ProfileQuotations> &
  ComponentProps<typeof ProfileMembers> &
  ComponentProps<typeof ProfilePartners> & {
    examples: ComponentProps<typeof ProfileExamples>["examples"];
    themeName: ComponentProps<typeof ProfileExamples>["themeName"];
    themeHref?: ComponentProps<typeof ProfileExamples>["themeHref"];
    exampleAction?: ComponentProps<typeof ProfileExamples>["actionFor"];
    /** The profile's text: the rendered Markdown on the site, the editor's own widget in its preview. */
    body: ReactNode;
  };

/**
 * The body of a profile, in one order for the profile page and the editor's
 * preview: what a reader came for first (why it is gold, the examples), then
 * the story and who is involved.
 */
export function ProfileSections({
  criteria,
  examples,
  themeName,
  themeHref,
  exampleAction,
  body,
  quotations,
  people,
  sourceTitle,
  members,
  partners,
}: Props) {
  return (
    <>
      <ProfileCriteria criteria={criteria} />
      <ProfileExamples examples={examples} themeName={themeName} themeHref={themeHref} actionFor={exampleAction} />
      {body}
      <ProfileQuotations quotations={quotations} people={people} sourceTitle={sourceTitle} />
      <ProfileMembers members={members} />
      <ProfilePeople people={people} />
      <ProfilePartners partners={partners} />
    </>
  );
}
