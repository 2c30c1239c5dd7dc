import type { APIRoute } from 'astro';
import type { Project } from '../../../../catalogue/catalogue.ts';
import { entryPaths } from '../../../../catalogue/paths.ts';
import { formatPhone } from '../../../../lib/phone.ts';
import { routes } from '../../../../lib/routes.ts';
import { pick } from '../../../../lib/translation.ts';
import { vcard } from '../../../../features/projects/vcard.ts';

export const getStaticPaths = () => entryPaths((c) => c.projects);

/** The project's contact as a card for the phone's address book, with the project code as a note. */
export const GET: APIRoute<{ entry: Project }> = ({ props: { entry }, locals: { locale, href }, site }) => {
	const { contact, code, title } = entry.data;
	const body = vcard({
		organisation: pick(contact.office, locale),
		name: pick(contact.person, locale),
		// International form: the card dials from wherever its owner is.
		phone: formatPhone(contact.phone, 'en'),
		email: contact.email,
		note: `${code} ${title}`,
		url: new URL(href(routes.project(entry.id)), site).href,
	});
	return new Response(body, { headers: { 'Content-Type': 'text/vcard; charset=utf-8' } });
};
