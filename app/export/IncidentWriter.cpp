// SPDX-License-Identifier: GPL-3.0-or-later
#include "IncidentWriter.h"

namespace vigie::exporting {

Status writeIncidents(IncidentWriter &writer, QIODevice &device, const QList<Incident> &incidents)
{
    if (Status s = writer.begin(device); !s)
        return s;
    for (const Incident &incident : incidents)
        if (Status s = writer.write(incident); !s)
            return s;
    return writer.finish();
}

} // namespace vigie::exporting
