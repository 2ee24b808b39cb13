import type { Event } from '../../schemas/event.ts';

interface Options {
  lang: 'vi' | 'en';
  /** Absolute URL of the event page. */
  url: string;
  description: string;
  /** Name of the province in the page's language (addressRegion). */
  region: string;
}

/** A day, or a day and a Vietnam wall-clock time with its +07:00 offset, as ISO 8601 for schema.org. */
function when(date: string, time: string | undefined): string {
  return time ? `${date}T${time}:00+07:00` : date;
}

/** schema.org Event for an event page: dates, place, organiser, as search engines show fairs. */
export function eventJsonLd(event: Event, options: Options): object {
  const { venue } = event;
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: options.lang === 'en' && event.name.en ? event.name.en : event.name.vi,
    url: options.url,
    description: options.description,
    inLanguage: options.lang,
    startDate: when(event.start, event.opens),
    endDate: when(event.end, event.closes ?? undefined),
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    location: {
      '@type': 'Place',
      name: venue.name,
      address: {
        '@type': 'PostalAddress',
        streetAddress: venue.address,
        addressRegion: options.region,
        addressCountry: 'VN',
      },
      ...(venue.coordinates
        ? { geo: { '@type': 'GeoCoordinates', latitude: venue.coordinates.lat, longitude: venue.coordinates.lng } }
        : {}),
    },
    organizer: { '@type': 'Organization', name: event.organiser },
    isAccessibleForFree: true,
  };
}
