    private static class Utf8Reader
    {
        public static bool Read(ReadOnlySpan<byte> utf8Event, ref Values values)
        {
            try
            {
                var reader = new Utf8JsonReader(utf8Event);
                if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
                {
                    values.Error = EventErrors.NotAnObject(EventErrors.Describe(in reader));
                    return false;
                }

                if (!ReadRoot(ref reader, ref values))
                {
                    return false;
                }

                // Reading past the root object rejects trailing content.
                reader.Read();
                return true;
            }
            catch (JsonException exception)
            {
                values.Error = EventErrors.Malformed(exception);
                return false;
            }
            catch (InvalidOperationException exception)
            {
                // An escape that does not decode to Unicode text (a lone UTF-16 surrogate).
                values.Error = EventErrors.UndecodableText(exception);
                return false;
            }
        }

        /// <summary>Reads the properties of the event object, skipping those no field needs.</summary>
        private static bool ReadRoot(ref Utf8JsonReader reader, ref Values values)
        {
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueIsEscaped)
                {
                    JsonText.EnsureDecodable(ref reader);
                }

                if (reader.ValueTextEquals("detail"u8))
                {
                    reader.Read();
                    if (!ReadNode1(ref reader, ref values))
                    {
                        return false;
                    }
                }
                else if (reader.ValueTextEquals("tags"u8))
                {
                    reader.Read();
                    if (!ReadNode3(ref reader, ref values))
                    {
                        return false;
                    }
                }
                else if (PatternSupport.MayHaveDot(ref reader))
                {
                    if (reader.ValueTextEquals("detail.rms"u8))
                    {
                        reader.Read();
                        PatternVisit2(ref reader, ref values.Pattern);
                    }
                    else if (reader.ValueTextEquals("detail.site"u8))
                    {
                        reader.Read();
                        PatternVisit3(ref reader, ref values.Pattern);
                    }
                    else
                    {
                        reader.Skip();
                    }
                }
                else
                {
                    reader.Skip();
                }
            }

            return true;
        }

        private static bool Skip(ref Utf8JsonReader reader)
        {
            reader.Skip();
            return true;
        }

        /// <summary>Reads the value at <c>/detail</c>.</summary>
        private static bool ReadNode1(ref Utf8JsonReader reader, ref Values values)
        {
            if (reader.TokenType == JsonTokenType.StartObject)
            {
                return ReadObject1(ref reader, ref values);
            }

            // No field below this path takes this value apart: the pattern reads it (or skips it).
            PatternVisit1(ref reader, ref values.Pattern);
            return true;
        }

        /// <summary>Reads the properties of the object at <c>/detail</c>, skipping those no field needs.</summary>
        private static bool ReadObject1(ref Utf8JsonReader reader, ref Values values)
        {
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueIsEscaped)
                {
                    JsonText.EnsureDecodable(ref reader);
                }

                if (reader.ValueTextEquals("rms"u8))
                {
                    reader.Read();
                    if (!ReadNode2(ref reader, ref values))
                    {
                        return false;
                    }
                }
                else if (reader.ValueTextEquals("site"u8))
                {
                    reader.Read();
                    PatternVisit3(ref reader, ref values.Pattern);
                }
                else
                {
                    reader.Skip();
                }
            }

            return true;
        }

        /// <summary>Reads the value at <c>/detail/rms</c> into every field that names it.</summary>
        private static bool ReadNode2(ref Utf8JsonReader reader, ref Values values)
        {
            if (reader.TokenType is JsonTokenType.StartArray or JsonTokenType.StartObject)
            {
                PatternAhead2(reader, ref values.Pattern);
            }
            else
            {
                MatchPath0(ref reader, ref values.Pattern);
            }

            return ReadRms(ref reader, ref values);
        }

        /// <summary>Reads the value at <c>/tags</c> into every field that names it.</summary>
        private static bool ReadNode3(ref Utf8JsonReader reader, ref Values values)
        {
            if (reader.TokenType is JsonTokenType.StartArray or JsonTokenType.StartObject)
            {
                PatternAhead4(reader, ref values.Pattern);
            }
            else
            {
                MatchPath2(ref reader, ref values.Pattern);
            }

            return ReadTags(ref reader, ref values);
        }

        /// <summary>Reads field <c>rms</c> (double) at <c>/detail/rms</c>.</summary>
        private static bool ReadRms(ref Utf8JsonReader reader, ref Values values)
        {
            if (reader.TokenType == JsonTokenType.Null)
            {
                values.RmsPresence = FieldPresence.Null;
                return true;
            }

            if (reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out var value))
            {
                values.Rms = value;
                values.RmsPresence = FieldPresence.Present;
                return true;
            }

            values.Error = EventErrors.WrongType("rms", FieldType.Double, EventErrors.Describe(in reader));
            return false;
        }

        /// <summary>Reads field <c>tags</c> (string[]) at <c>/tags</c>.</summary>
        private static bool ReadTags(ref Utf8JsonReader reader, ref Values values)
        {
            if (reader.TokenType == JsonTokenType.Null)
            {
                values.TagsPresence = FieldPresence.Null;
                return true;
            }

            if (reader.TokenType != JsonTokenType.StartArray)
            {
                values.Error = EventErrors.NotAnArray("tags", FieldType.String, EventErrors.Describe(in reader));
                return false;
            }

            var start = checked((int)reader.TokenStartIndex);
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (!(reader.TokenType == JsonTokenType.String))
                {
                    values.Error = EventErrors.WrongElement("tags", FieldType.String, EventErrors.Describe(in reader));
                    return false;
                }
            }

            values.Tags__Range = new Range(start, checked((int)reader.TokenStartIndex + 1));
            values.TagsPresence = FieldPresence.Present;
            return true;
        }

        /// <summary>Lets the pattern read a value through a copy of the reader, which stays put.</summary>
        private static void PatternAhead2(Utf8JsonReader reader, ref PatternState state) => PatternVisit2(ref reader, ref state);

        /// <summary>Lets the pattern read a value through a copy of the reader, which stays put.</summary>
        private static void PatternAhead4(Utf8JsonReader reader, ref PatternState state) => PatternVisit4(ref reader, ref state);
    }

