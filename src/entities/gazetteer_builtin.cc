// Gazetteer::BuiltIn: the gazetteer of data/gazetteer/organizations.tsv, loaded
// from the image that gazetteer_image (gazetteer_image_main.cc) made of it at
// build time. Apart from gazetteer.cc, which that program compiles in.
#include "entities/gazetteer.h"

namespace dealgraph {
namespace embedded {
extern const std::string_view organizations_image;  // src/entities/CMakeLists.txt
}  // namespace embedded

Result<Gazetteer> Gazetteer::BuiltIn() { return FromImage(embedded::organizations_image, "built-in gazetteer"); }

}  // namespace dealgraph
