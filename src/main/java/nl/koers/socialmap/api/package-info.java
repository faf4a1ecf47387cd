/**
 * The social map's door: reading and keeping the map ({@link SocialMap}), what it shows
 * ({@link MapEntries}) and the commands that add to it.
 */
@org.springframework.modulith.NamedInterface("api")
package nl.koers.socialmap.api;
