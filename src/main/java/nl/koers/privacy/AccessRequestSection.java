package nl.koers.privacy;

import java.util.List;
import java.util.Map;

/**
 * One part of an access request: the client's rows of one table (or of one view on
 * sharing), each a map of column to value in the columns' order.
 *
 * @param key the table's name (or the sharing view's name), which the labels use
 * @param kind the kind of record ({@code RecordKind}'s name), or {@code SHARING}
 * @param columns the columns shown, in order
 * @param rows the rows
 */
record AccessRequestSection(String key, String kind, List<String> columns, List<Map<String, Object>> rows) {

}
